package main

// intakeMutations are the deliberate bugs of the reading of reports for a case and of the
// decisions on proposals, moved from the command into the intake and ingest packages on
// 2026-12-03 so that the server and the command share them.
var intakeMutations = []mutation{
	{
		name: "intake-sweep-above-strict", file: "intake/review.go",
		from: "\tcase s.Accept && p.Confidence >= s.Above:",
		to:   "\tcase s.Accept && p.Confidence > s.Above:",
		pkgs: []string{"./intake", "./cmd/alliances"}, breaks: "--accept-above X leaves the proposals of confidence X waiting",
	},
	{
		name: "intake-decide-keeps-proposed-id", file: "intake/review.go",
		from: "\t\t\td.Claim = id",
		to:   "\t\t\t_ = id",
		pkgs: []string{"./intake", "./cmd/alliances"}, breaks: "a support corrected to favour is recorded under the id that names it support",
	},
	{
		name: "intake-waits-not-for-own", file: "intake/review.go",
		from: "\tcase p.Author == by:",
		to:   "\tcase false && p.Author == by:",
		pkgs: []string{"./intake", "./cmd/alliances"}, breaks: "a reviewer decides on their own proposals at the terminal",
	},
	{
		name: "intake-edit-keeps-forms", file: "intake/edit.go",
		from: "\t\t\tdelete(fields, \"forms\")",
		to:   "\t\t\t_ = allowed",
		pkgs: []string{"./intake"}, breaks: "a support of weapons corrected to favour is refused for its forms",
	},
	{
		name: "intake-reader-without-registry", file: "intake/read.go",
		from: "\trd.Know(more)",
		to:   "\t_ = more",
		pkgs: []string{"./intake"}, breaks: "the reader of a new case does not know Turkey, a state of the registry",
	},
	{
		name: "ingest-registered-any-case", file: "ingest/store.go",
		from: "\t\tif a.Recorded != nil && a.Recorded.Case == alliances.RegistryCase {",
		to:   "\t\tif a.Recorded != nil {",
		pkgs: []string{"./ingest", "./cmd/alliances"}, breaks: "a case may name another case's actor without defining it",
	},
	{
		name: "resolve-merged-names-several", file: "fold.go",
		from: "\t\thits[i] = root(h)",
		to:   "\t\thits[i], _ = h, root",
		pkgs: []string{"."}, breaks: "\"Mali\" names mali and mali-2, merged into it, as several actors",
	},
	{
		name: "ingest-merge-unaudited", file: "ingest/merge.go",
		from: "\tif ts, ok := db.(team.Store); ok {",
		to:   "\tif ts, ok := db.(team.Store); ok && false {",
		pkgs: []string{"./cmd/alliances"}, breaks: "a merge is in the audit trail only as an import, with no reason",
	},
	{
		name: "intake-unnamed-state-offered-high", file: "intake/intake.go",
		from: "\tif fa.Actor.Kind == \"state\" && !slices.ContainsFunc(q.b.Ties,",
		to:   "\tif false && !slices.ContainsFunc(q.b.Ties,",
		pkgs: []string{"./intake"}, breaks: "a state named only as a border's place is offered at 0.7, above the groups the report is about",
	},
	{
		name: "intake-as-new-knows-annotation", file: "intake/score.go",
		from: "\t\trd, known = extract.NewReader(a.Rules, reg.Actors), reg.Actors",
		to:   "\t\t_ = known",
		pkgs: []string{"./intake", "./cmd/alliances"}, breaks: "--as-new reads knowing the annotation's actors, as no new case does",
	},
	{
		name: "intake-review-naming-unsaid", file: "intake/session.go",
		from: "\t\t\tout.Naming = Naming(r.Queue[i+1:], p.Claim)",
		to:   "\t\t\t_ = Naming",
		pkgs: []string{"./intake"}, breaks: "a rejected actor does not say which waiting ties name it",
	},
	{
		name: "intake-review-quit-uncounted", file: "intake/session.go",
		from: "\t\tfor range r.Queue[i:] { // this one and those after it",
		to:   "\t\tfor range r.Queue[i+1:] { // this one and those after it",
		pkgs: []string{"./intake", "./cmd/alliances"}, breaks: "stopping a review does not count the proposal it stopped at as waiting",
	},
	{
		name: "intake-review-refused-edit-counted", file: "intake/session.go",
		from: "\t\t\treturn Outcome{}, fmt.Errorf(\"%w; expected e FIELD=VALUE... -- WHY\", err)",
		to:   "\t\t\tr.count(\"edit refused\")\n\t\t\treturn Outcome{}, fmt.Errorf(\"%w; expected e FIELD=VALUE... -- WHY\", err)",
		pkgs: []string{"./intake"}, breaks: "an edit refused is counted as if it decided",
	},
	{
		name: "team-reader-may-edit", file: "team/team.go",
		from: "\t\tif a.Edit && u.Role == Reader {",
		to:   "\t\tif a.Edit && u.Role == \"nobody\" {",
		pkgs: []string{"./team", "./sqlstore", "./cmd/alliances"}, breaks: "a reader granted editing is kept",
	},
	{
		name: "sqlstore-user-unchecked", file: "sqlstore/accounts.go",
		from: "\tconst op = \"change user\"\n\tif err := db.writable(op); err != nil {\n\t\treturn err\n\t}\n\tif err := u.Check(); err != nil {",
		to:   "\tconst op = \"change user\"\n\tif err := db.writable(op); err != nil {\n\t\treturn err\n\t}\n\tif err := u.Check(); false && err != nil {",
		pkgs: []string{"./sqlstore"}, breaks: "the store keeps an account the rules refuse",
	},
	{
		name: "team-token-for-the-disabled", file: "team/secret.go",
		from: "\tif u.Disabled {\n\t\treturn \"\", Token{}, alliances.Errorf(",
		to:   "\tif false && u.Disabled {\n\t\treturn \"\", Token{}, alliances.Errorf(",
		pkgs: []string{"./team", "./cmd/alliances"}, breaks: "a disabled account gets an API token",
	},
	{
		name: "team-token-secret-kept", file: "team/secret.go",
		from: "tok = Token{Hash: HashToken(secret),",
		to:   "tok = Token{Hash: secret,",
		pkgs: []string{"./team", "./cmd/alliances"}, breaks: "the store keeps the token's secret, and its hash finds nothing",
	},
	{
		name: "ingest-share-builtin-anyway", file: "ingest/store.go",
		from: "\tif in.HasRegistry() {\n\t\tin.Diags = in.Diags.Shared(in.Registered(nil, nil))\n\t\treturn nil, nil, nil\n\t}",
		to:   "\tif false && in.HasRegistry() {\n\t\tin.Diags = in.Diags.Shared(in.Registered(nil, nil))\n\t\treturn nil, nil, nil\n\t}",
		pkgs: []string{"./ingest"}, breaks: "a registry read with a case is joined by the built-in one",
	},
}
