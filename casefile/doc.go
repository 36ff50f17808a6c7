// Package casefile reads and writes case files, the YAML documents in which analysts
// write a case: its sources, actors, ties and events (docs/case-files.md describes every
// field). The reader works like a compiler front end: it reports every problem at once,
// each with the file, line and column it is about and what was expected. JSON, being
// YAML, reads with the same reader, so an exported JSON record imports like a case file.
package casefile
