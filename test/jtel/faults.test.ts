import { fuzzSuite } from "../faults/fuzz.js";
import { faultMatrix } from "../faults/matrix.js";
import { jtelAdapter } from "./faults.adapter.js";

faultMatrix(jtelAdapter);
fuzzSuite(jtelAdapter);
