// `cem analyze` reads the element's JSDoc (@fires, @csspart, @cssprop) into custom-elements.json.
export default {
  globs: ['src/components/**/*.component.ts', 'src/ips-benefits-calculator.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
