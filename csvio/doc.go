// Package csvio reads and writes a case as five CSV tables, for analysts who work in
// spreadsheets. The tables carry the same record as a case file (see docs/case-files.md
// and docs/csv.md), less the case's description, which has no table:
//
//	sources.csv    id,title,author,publisher,date,url,kind,reliability,note
//	actors.csv     id,name,aliases,kind,country,province,tags,external,note
//	ties.csv       id,subject,object,kind,type,sign,directed,forms,third,role,valid,intensity,rank,status,basis,note
//	citations.csv  claim,source,locator,credibility,attributed_to,stance,note
//	events.csv     id,title,date,type,actors,note
//
// The first row of each file is its header. Read recognises a table by its header, not
// by the file name: a header with subject is ties, with claim citations, with name
// actors, with reliability sources, and with date and title (and no column only sources
// have) events; a header with none of these, one with a misspelt key column say, goes
// to the one table it shares the most columns (two or more) with. Columns may come in any order, and header names are compared trimmed and
// without regard to case. The required columns are id and those alliances.Validate
// needs: sources id,title,kind,reliability; actors id,name,kind; ties
// id,subject,object,kind,valid; citations claim,source,credibility; events
// id,title,date.
//
// Cells:
//
//   - aliases, tags, forms and an event's actors are lists separated by ";", with white
//     space around each element trimmed and empty elements left out;
//   - external is "scheme=id;scheme=id", as in "wikidata=Q42;ucdp=123";
//   - a tie's valid, an event's date and a source's date are EDTF (package edtf);
//   - intensity (1-5) and rank (1 or more) are empty when unknown; credibility is 1-6;
//   - sign (+, - or 0) and directed (true or false) follow from the kind: Tables writes
//     them for readers of the spreadsheet, and Read accepts them, when they fit the
//     kind, or an empty cell;
//   - citations.csv holds the citations of every tie and event: claim is the id of the
//     tie or event a row supports, and the rows of a claim are its citations in order;
//   - ids and words from a vocabulary (kinds, status, stance, role, reliability, type,
//     country) are trimmed; free text (titles, names, notes, locators) is kept as is.
//
// Read accepts UTF-8 byte order marks, UTF-16 with a byte order mark (and Windows-1252
// or Latin-1 when File.Encoding says so), \r\n line ends and blank rows (also rows of
// empty cells only, as spreadsheets leave them), and reports every problem at the
// file, line and column of its cell, alliances.Validate's included. Problems that make
// every row wrong, bytes that are not UTF-8 or another separator than the comma, are
// reported once, first. Tables writes the inverse: reading its output gives back the
// record it was given. Cells a spreadsheet would run as formulas are written behind a
// single quote that Read takes away (see Tables). A few values cannot make that
// trip, and Tables refuses them rather than change them (see Tables).
package csvio
