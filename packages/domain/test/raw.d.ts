// Fixture files imported as text with Vite's "?raw" suffix: the tests need no file-system module.
declare module "*?raw" {
  const content: string;
  export default content;
}
