// The page's handle on the annotator worker (worker.js). It is its own module, with no imports,
// loaded `async` by index.html, so the worker (and with it the wasm, preloaded by the HTML)
// starts while the rest of the page's scripts are still arriving: that is most of start-up.
// The wasm is fetched and compiled here at once, in parallel with the worker's own scripts, and
// the compiled module is handed to the worker, which instantiates it (once per worker).
// Requests are promises; a crashed or failed worker is replaced (reusing the compiled module).

const compiled = WebAssembly.compileStreaming(fetch(new URL("./pkg/newsmark_bg.wasm", import.meta.url)))
  .catch(() => null); // the worker then fetches it itself and reports any error

class Core {
  constructor() { this.nextId = 1; this.spawn(); }

  spawn() {
    this.pending = new Map();
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.worker.addEventListener("message", (e) => {
      const { id, ok, value, error, missing } = e.data ?? {};
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (ok) p.resolve(value);
      else p.reject(Object.assign(new Error(error), { missing }));
    });
    const fail = (e) => {
      e.preventDefault?.();
      this.failAll(`the annotator stopped${e.message ? `: ${e.message}` : ""}`);
      this.broken = true;
    };
    this.worker.addEventListener("error", fail);
    this.worker.addEventListener("messageerror", fail);
    this.broken = false;
    const worker = this.worker;
    compiled.then((module) => worker.postMessage({ boot: true, module }));
    this.hello = this.call("hello");
    this.hello.catch(() => {});
  }

  failAll(message) {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }

  /** Replaces the worker (after an internal error the wasm instance may be left unusable). */
  restart() {
    this.worker.terminate();
    this.failAll("the annotator was restarted");
    this.spawn();
  }

  /**
   * Like call(), but gives up after `ms`: the worker is then replaced (a core stuck in a loop
   * cannot be interrupted any other way) and the promise rejects with a message.
   */
  callWithin(ms, op, ...args) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        // Rejected first, so this message (not the restart's) is the one the caller sees.
        reject(Object.assign(new Error(`the annotator took longer than ${Math.round(ms / 1000)} s and was stopped`), { restarted: true }));
        this.restart();
      }, ms);
    });
    return Promise.race([this.call(op, ...args), timeout]).finally(() => clearTimeout(timer));
  }

  call(op, ...args) {
    if (this.broken) this.restart();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try { this.worker.postMessage({ id, op, args }); } catch (e) { this.pending.delete(id); reject(e); }
    });
  }
}

export const core = new Core();
