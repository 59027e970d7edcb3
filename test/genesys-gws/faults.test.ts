import { fuzzSuite } from "../faults/fuzz.js";
import { faultMatrix } from "../faults/matrix.js";
import { genesysGwsAdapter } from "./faults.adapter.js";

faultMatrix(genesysGwsAdapter);
fuzzSuite(genesysGwsAdapter);
