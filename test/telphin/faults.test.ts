import { fuzzSuite } from "../faults/fuzz.js";
import { faultMatrix } from "../faults/matrix.js";
import { telphinAdapter } from "./faults.adapter.js";

faultMatrix(telphinAdapter);
fuzzSuite(telphinAdapter);
