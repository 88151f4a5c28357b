// Module hook for the smoke run: the built main bundle imports 'electron', which cannot load
// here (no binary), so it is redirected to a recording stub. Registered by run-main.mjs.
let stubUrl;

export async function initialize(data) {
  stubUrl = data.stubUrl;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return { url: stubUrl, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
