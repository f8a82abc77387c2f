import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import {
  Octokit
} from "./chunk-SECBSGUY.js";
import "./chunk-ITWDTZHT.js";
import "./chunk-ABWFEKAN.js";
export {
  Octokit
};
