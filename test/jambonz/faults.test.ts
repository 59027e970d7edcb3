import { fuzzSuite } from "../faults/fuzz.js";
import { faultMatrix } from "../faults/matrix.js";
import { jambonzAdapter } from "./faults.adapter.js";

faultMatrix(jambonzAdapter);
fuzzSuite(jambonzAdapter);
