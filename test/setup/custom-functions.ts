// Every jest test runs with a CustomFunctions stand-in, as code in src/functions expects Excel's global.
import { installCustomFunctionsShim } from "../helpers/custom-functions-shim";

installCustomFunctionsShim();
