// Vite bundles `?raw` imports as strings (the migrations are SQL text files).
declare module '*?raw' {
  const content: string;
  export default content;
}
