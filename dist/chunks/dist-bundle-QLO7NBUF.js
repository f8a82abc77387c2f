import { createRequire as __loclintRequire } from 'node:module'; const require = __loclintRequire(import.meta.url);
import{composePaginateRest,isPaginatingEndpoint,paginateRest,paginatingEndpoints}from"./chunk-QWK4JXRI.js";import"./chunk-UJFGMICA.js";export{composePaginateRest,isPaginatingEndpoint,paginateRest,paginatingEndpoints};
