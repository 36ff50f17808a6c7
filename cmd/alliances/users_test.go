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
