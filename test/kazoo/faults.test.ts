import { fuzzSuite } from "../faults/fuzz.js";
import { faultMatrix } from "../faults/matrix.js";
import { kazooAdapter } from "./faults.adapter.js";

faultMatrix(kazooAdapter);
fuzzSuite(kazooAdapter);
