import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import{Octokit}from"./chunk-DXVERYNX.js";import"./chunk-YJFOIP5F.js";import"./chunk-UJFGMICA.js";export{Octokit};
