export const id = 718;
export const ids = [718];
export const modules = {

/***/ 27718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/**
 * The action's post step (runs after the job, also on failure or cancellation). Commands that create
 * simulation resources record them for it; validate creates none, so there is nothing to remove.
 */

async function post() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('post: no simulation resources were recorded by this step');
}


/***/ })

};
