// Prints X's own weighted length (twitter-text v3 parseTweet) for each string of a JSON array read from stdin.
const twitter = require("twitter-text");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const lengths = JSON.parse(input).map((text) => twitter.parseTweet(text).weightedLength);
  process.stdout.write(JSON.stringify(lengths));
});
