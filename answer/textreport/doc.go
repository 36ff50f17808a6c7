// Package textreport writes the answers of package answer as the command line shows
// them: plain text for a terminal, in aligned tables and short reports, each with the
// reading, the rules and the warnings of its answer, a legend of its abbreviations and,
// when asked, the ties and the evidence behind every number. It writes the records the
// other commands list the same way (actors, ties, sources, a case file's problems, the
// review queue, the accounts, the audit trail). JSON is not its business: the command
// line encodes the same answers as they are.
//
// What users wrote is text from anywhere, and a terminal acts on some of the characters
// it may hold: ESC starts a sequence that sets the window's title or clears the screen,
// a carriage return or a newline inside a name forges a line of output, U+202E reverses
// the text after it. The text form shows them escaped, visibly, as \x1b, \r, \n or
// \u202e, in two layers. Every stream written for people goes through an Escaper, which
// escapes all of these but newline and tab, the program's own layout. And the free text
// of the record (names, notes, locators, titles) is escaped where it enters a table cell
// or a report (Escape, EscapedText), newline and tab included, so that a note cannot
// start a line or a column of its own.
package textreport
