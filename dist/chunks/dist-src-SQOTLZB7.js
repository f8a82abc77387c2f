import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  Octokit
} from "./chunk-IEQQNOCH.js";
import "./chunk-QKKRMP4M.js";
import "./chunk-ABWFEKAN.js";
export {
  Octokit
};
