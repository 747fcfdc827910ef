/** Renderer texts of the economics feature (ui.economics.*). */
const economics = {
  title: 'Economics',
};
export default economics;
