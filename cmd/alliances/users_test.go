package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestUsersRefusedAsTheStoreWould: an account the rules refuse (a reader granted editing)
// is refused at the command line, naming the rule and the case, with the usage's exit
// status, and nothing is added; the same flags for an analyst add it, with the grants.
func TestUsersRefusedAsTheStoreWould(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	c.stdin = "a long enough password\n"
	_, errOut, code := c.run("users", "add", "bo", "--role", "reader", "--edit", "afghanistan-2021", "--password-stdin")
	if code != exitUsage || !strings.Contains(errOut, "a reader edits nothing: grant case afghanistan-2021 for reading") {
		t.Errorf("a reader granted editing: exit %d, %q", code, errOut)
	}
	if out := c.ok("users", "list"); strings.Contains(out, "bo") {
		t.Errorf("the refused reader was added:\n%s", out)
	}
	c.ok("users", "add", "bo", "--role", "analyst", "--read", "idlib-2020", "--edit", "afghanistan-2021", "--password-stdin")
	var users []struct {
		Name   string
		Role   string
		Access []struct {
			Case string
			Edit bool
		}
	}
	if err := json.Unmarshal([]byte(c.ok("users", "list", "--json")), &users); err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(users) // the store lists the grants by case id
	if want := "[{bo analyst [{afghanistan-2021 true} {idlib-2020 false}]}]"; got != want {
		t.Errorf("the accounts: %s, want %s", got, want)
	}
}

// TestUsersToken: "users token" prints the secret once on standard output, and says on
// standard error which token it is and how to send it; "users tokens" lists it by its id
// and label, never the secret; a disabled account gets none, with the way to enable it.
func TestUsersToken(t *testing.T) {
	c := newCLI(t)
	c.ok("cases")
	c.stdin = "a long enough password\n"
	c.ok("users", "add", "ana", "--role", "analyst", "--edit", "afghanistan-2021", "--password-stdin")
	secret, errOut, code := c.run("users", "token", "ana", "--label", "the newsroom's script")
	secret = strings.TrimSpace(secret)
	if code != 0 || len(secret) < 20 || !strings.Contains(errOut, "API token") || !strings.Contains(errOut, "Authorization: Bearer TOKEN") {
		t.Fatalf("users token: exit %d, %q, %q", code, secret, errOut)
	}
	if out := c.ok("users", "tokens", "ana"); !strings.Contains(out, "the newsroom's script") || strings.Contains(out, secret) {
		t.Errorf("the tokens listed:\n%s\nwant the label, not the secret", out)
	}
	c.ok("users", "set", "ana", "--disable")
	if _, errOut, code := c.run("users", "token", "ana"); code != exitInvalid || !strings.Contains(errOut, "alliances users set ana --enable") {
		t.Errorf("a token for a disabled account: exit %d, %q", code, errOut)
	}
}
