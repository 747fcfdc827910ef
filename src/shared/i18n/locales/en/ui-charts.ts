/** Renderer texts of the charts feature (ui.charts.*). */
const charts = {
  title: 'Charts',
};
export default charts;
