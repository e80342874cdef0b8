// plotly.js-dist-min ships no types; this is the one call the peer page makes.
declare module "plotly.js-dist-min" {
  const Plotly: {
    newPlot(root: HTMLElement, data: object[], layout?: object, config?: object): Promise<unknown>;
  };
  export default Plotly;
}
