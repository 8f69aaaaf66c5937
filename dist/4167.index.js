export const id = 4167;
export const ids = [4167,3368];
export const modules = {

/***/ 60987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpOverHttp: () => (/* binding */ httpOverHttp),
/* harmony export */   httpOverHttps: () => (/* binding */ httpOverHttps),
/* harmony export */   httpsOverHttp: () => (/* binding */ httpsOverHttp),
/* harmony export */   httpsOverHttps: () => (/* binding */ httpsOverHttps)
/* harmony export */ });
let real;
/** The real tunnel, bundled beside this file and run at its first use: a synchronous require. */
function tunnel() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's own require: lazy and synchronous, as the client's agent is
    real ??= __webpack_require__(20218);
    return real;
}
const httpOverHttp = (options) => tunnel().httpOverHttp(options);
const httpsOverHttp = (options) => tunnel().httpsOverHttp(options);
const httpOverHttps = (options) => tunnel().httpOverHttps(options);
const httpsOverHttps = (options) => tunnel().httpsOverHttps(options);


/***/ }),

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   realUndici: () => (/* binding */ realUndici)
/* harmony export */ });
let loading;
/** The real undici, in a chunk of its own that no process loads before this call. */
function realUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(4398), __webpack_require__.e(6752)]).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}
/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    /** The real agent. */
    agent() {
        this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
        return this.#agent;
    }
}
let fetching;
/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone() {
    fetching ??= __webpack_require__.e(/* import() */ 4398).then(__webpack_require__.t.bind(__webpack_require__, 54398, 23)).then((m) => m.fetch);
    return fetching;
}
/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
async function fetch(input, init) {
    const given = init?.dispatcher;
    if (!(given instanceof ProxyAgent))
        return (await fetchAlone())(input, init);
    return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
}


/***/ })

};
