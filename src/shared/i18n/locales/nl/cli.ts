const cli = {};
export default cli;
