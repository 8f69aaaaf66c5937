/**
 * jest-runtime with one change: module graphs are linked one at a time.
 *
 * Two `import()`s at once whose graphs share a module fail under jest's ESM mode: Node's `module.link()` does
 * not wait for a dependency another root is still linking, so the second root's `instantiate()` throws
 * ("request for './x.js' is not in cache" on Node 20, "... can not be resolved on module ... that is not
 * linked" on later ones; jestjs/jest#11434, nodejs/node#33216; vitest fixed its own copy the same way).
 * Production code imports lazily and in parallel (post preloads the classifier while it waits on the jobs
 * API), and the bundles never link at run time, so only the tests met it, as a random failure under load.
 * Only linking is queued: evaluation is not, since a module's own top-level `import()` would wait on itself.
 */
const Runtime = require('jest-runtime').default;

class SerialLinkRuntime extends Runtime {
  #linkQueue = Promise.resolve();

  async linkAndEvaluateModule(module) {
    if (this.isTornDown) return super.linkAndEvaluateModule(module); // jest's own report of a late import
    if (module.status === 'unlinked' && !this._esmModuleLinkingMap.has(module)) {
      const linked = this.#linkQueue.then(() =>
        module.status === 'unlinked'
          ? module.link((specifier, referencing) =>
              this.resolveModule(specifier, referencing.identifier, referencing.context),
            )
          : undefined,
      );
      this.#linkQueue = linked.catch(() => undefined);
      this._esmModuleLinkingMap.set(module, linked);
    }
    // As jest-runtime 29.7's own, from here on.
    await this._esmModuleLinkingMap.get(module);
    if (module.status === 'linked') await module.evaluate();
    return module;
  }
}

module.exports = SerialLinkRuntime;
module.exports.default = SerialLinkRuntime;
