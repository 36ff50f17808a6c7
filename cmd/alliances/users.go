package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/user"
	"slices"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/answer/textreport"
	"github.com/alliances-project/alliances/team"
)

const usersAbout = `Users manages the accounts of a team server (alliances serve --team):

  users add NAME --role ROLE [--read CASES] [--edit CASES] [--restricted]
  users set NAME [--role ROLE] [--read CASES] [--edit CASES] [--restricted=false]
                 [--disable | --enable] [--password]
  users list
  users token NAME [--label TEXT]      a new API token, printed once
  users tokens NAME                    the user's live tokens and sessions
  users revoke NAME TOKEN-ID           revoke a token (TOKEN-ID "sessions": every session)

Roles: reader (reads), analyst (and proposes changes), reviewer (and accepts or rejects
others' proposals), admin (everything, every case, and the accounts). CASES is a list
of case ids separated by commas, or * for every case: --read grants reading, --edit
reading and proposing (and reviewing, for a reviewer). --restricted clears the user to
see the sources marked restricted and the claims resting on them alone.

A password is asked on the terminal, or read from the first line of standard input
with --password-stdin; it is kept hashed with argon2id. Every change is written to the
audit trail (alliances audit), as the login of who ran the command.`

func (m *Main) runUsers(ctx context.Context, args []string) error {
	f := m.flags("users", "add|set|list|token|tokens|revoke [NAME] [flags]", usersAbout).withJSON()
	role := f.String("role", "", "the user's `role`: reader, analyst, reviewer or admin")
	read := f.String("read", "", "the `cases` the user may read: ids separated by commas, or *")
	edit := f.String("edit", "", "the `cases` the user may read and edit: ids separated by commas, or *")
	restricted := f.Bool("restricted", false, "may see the sources marked restricted")
	disable := f.Bool("disable", false, "with set: disable the account and end its sessions and tokens")
	enable := f.Bool("enable", false, "with set: enable a disabled account")
	password := f.Bool("password", false, "with set: ask a new password")
	stdin := f.Bool("password-stdin", false, "read the password from the first line of standard input")
	label := f.String("label", "", "with token: what the token is for")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() == 0 {
		f.Usage()
		return usageError("users needs an action: add, set, list, token, tokens or revoke")
	}
	action, names := f.Arg(0), f.Args()[1:]
	want := map[string]int{"add": 1, "set": 1, "list": 0, "token": 1, "tokens": 1, "revoke": 2}
	n, ok := want[action]
	switch {
	case !ok:
		return usageError("users %s: expected add, set, list, token, tokens or revoke", action)
	case len(names) != n:
		return usageError("users %s takes %s, got %d", action, alliances.Count(n, "argument"), len(names))
	}
	db, ts, err := m.teamStore(ctx, f, "users", "accounts")
	if err != nil {
		return err
	}
	by := m.login()
	switch action {
	case "list":
		users, err := ts.Users(ctx)
		if err != nil {
			return err
		}
		if f.json {
			return writeJSON(m.Stdout, users)
		}
		return textreport.Users(m.Stdout, users)
	case "token":
		secret, tok, err := team.IssueToken(ctx, ts, names[0], *label, by, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "alliances: API token %s for %s; send it as Authorization: Bearer TOKEN. It is shown once:\n", tok.ID, names[0])
		fmt.Fprintln(m.Stdout, secret)
		return nil
	case "tokens":
		toks, err := ts.Tokens(ctx, names[0])
		if err != nil {
			return err
		}
		if f.json {
			return writeJSON(m.Stdout, toks)
		}
		return textreport.Tokens(m.Stdout, toks)
	case "revoke":
		if err := ts.RevokeToken(ctx, names[0], names[1], by); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "alliances: revoked %s's %s; servers stop taking it within 5 seconds\n", names[0], names[1])
		return nil
	}

	// add and set
	name := names[0]
	if !team.ValidUserName(name) {
		return usageError("user name %q: expected 1 to 64 of a-z, 0-9, '-', '_' and '.'", name)
	}
	var u team.User
	if action == "set" {
		if u, _, err = ts.User(ctx, name); err != nil {
			return err
		}
	} else if *role == "" {
		return usageError("users add needs --role: reader, analyst, reviewer or admin")
	}
	u.Name = name
	if *role != "" {
		if u.Role, err = team.ParseRole(*role); err != nil {
			return usageError("--role %q: expected reader, analyst, reviewer or admin", *role)
		}
	}
	if f.isSet("read") || f.isSet("edit") {
		u.Access = team.Grants(*read, *edit)
	}
	if err := u.Check(); err != nil {
		return &usage{Msg: err.Error()} // the flags' access for the role
	}
	if cases, err := db.CaseIDs(ctx, time.Time{}); err == nil {
		for _, a := range u.Access {
			if a.Case != team.AllCases && !slices.Contains(cases, a.Case) {
				fmt.Fprintf(m.Stderr, "alliances: warning: no case %q in the database yet%s; granted all the same\n", a.Case, suggestCase(a.Case, cases))
			}
		}
	}
	if f.isSet("restricted") {
		u.Restricted = *restricted
	}
	switch {
	case *disable && *enable:
		return usageError("--disable and --enable together")
	case action == "add" && (*disable || *enable || *password):
		return usageError("--disable, --enable and --password go with users set")
	case *disable:
		u.Disabled = true
	case *enable:
		u.Disabled = false
	}
	hash := ""
	if action == "add" || *password || *stdin {
		pw, err := m.readPassword(name, *stdin)
		if err != nil {
			return err
		}
		hash = team.HashPassword(pw)
	}
	if action == "add" {
		if err := ts.AddUser(ctx, u, hash, by); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "alliances: added %s %s\n", u.Role, u.Name)
		return nil
	}
	if err := ts.UpdateUser(ctx, u, hash, by); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "alliances: changed %s %s\n", u.Role, u.Name)
	return nil
}

func suggestCase(name string, cases []string) string {
	if best := alliances.Closest(name, cases); best != "" {
		return fmt.Sprintf(" (did you mean %s?)", best)
	}
	return ""
}

// minPassword is the shortest password accepted.
const minPassword = 10

// readPassword reads a password: from the first line of standard input, or asked twice
// on the terminal.
func (m *Main) readPassword(name string, fromStdin bool) (string, error) {
	var pw string
	if fromStdin {
		line, err := bufio.NewReader(m.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", usageError("--password-stdin: standard input holds no password")
		}
		pw = strings.TrimRight(line, "\r\n")
	} else {
		in, ok := m.Stdin.(*os.File)
		if !ok || !term.IsTerminal(int(in.Fd())) {
			return "", usageError("no terminal to ask %s's password on: give it on standard input with --password-stdin", name)
		}
		fmt.Fprintf(m.Stderr, "password for %s: ", name)
		first, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(m.Stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(m.Stderr, "again: ")
		second, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(m.Stderr)
		if err != nil {
			return "", err
		}
		if string(first) != string(second) {
			return "", usageError("the two passwords differ")
		}
		pw = string(first)
	}
	if len([]rune(pw)) < minPassword {
		return "", alliances.Errorf(alliances.Invalid, "password", "the password has %d characters; use at least %d", len([]rune(pw)), minPassword)
	}
	return pw, nil
}

// login names who runs the command, for the audit trail: the environment's user, else
// the system's account of the process (a service or a container may set no $USER).
func (m *Main) login() string {
	for _, k := range []string{"USER", "LOGNAME"} {
		if v := m.Getenv(k); v != "" {
			return "cli:" + v
		}
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "cli:" + u.Username
	}
	return "cli"
}

func (m *Main) runAudit(ctx context.Context, args []string) error {
	f := m.flags("audit", "[--case ID] [--user NAME] [--claim ID] [--limit N]", `Audit lists the audit trail, newest first: who changed what, when and why. Imports,
proposals and their review, and changes to accounts and tokens each write an entry.`).withJSON()
	caseID := f.String("case", "", "only the entries of this case")
	user := f.String("user", "", "only the entries of this user (cli:LOGIN for the command line)")
	claim := f.String("claim", "", "only the entries of this claim")
	limit := f.Int("limit", 50, "at most this many entries")
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usageError("audit takes flags only, got %q", f.Arg(0))
	}
	if *limit < 1 || *limit > 100000 {
		return usageError("--limit %d: expected 1 to 100000", *limit)
	}
	db, err := m.store(ctx, f, true)
	if err != nil {
		return err
	}
	ts, ok := db.(team.Store)
	if !ok {
		return alliances.Errorf(alliances.Unavailable, "audit", "this store keeps no audit trail")
	}
	es, err := ts.Audit(ctx, team.AuditFilter{Case: *caseID, User: *user, Claim: *claim, Limit: *limit})
	if err != nil {
		return err
	}
	if f.json {
		return writeJSON(m.Stdout, es)
	}
	return textreport.Audit(m.Stdout, es)
}
