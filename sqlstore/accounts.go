package sqlstore

// Accounts of a team: users, their access to cases, and API tokens.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/team"
)

// AddUser implements team.Store.
func (db *DB) AddUser(ctx context.Context, u team.User, hash, by string) error {
	const op = "add user"
	if err := db.writable(op); err != nil {
		return err
	}
	if err := u.Check(); err != nil {
		return err
	}
	now := db.Now().UTC()
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO users (name, role, password, restricted, disabled, created)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, u.Name, string(u.Role), hash, b2i(u.Restricted), b2i(u.Disabled), now.UnixNano())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return firstError(err, alliances.Errorf(alliances.Conflict, op, "user %q exists already; change it with alliances users set", u.Name))
		}
		if err := putAccess(ctx, tx, u); err != nil {
			return err
		}
		return logTx(ctx, tx, team.Entry{At: now, User: by, Action: "user", Reason: "added", Detail: userDetail(u)})
	})
	return db.wrap(op, err)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func userDetail(u team.User) json.RawMessage {
	b, _ := json.Marshal(struct {
		Name       string        `json:"name"`
		Role       team.Role     `json:"role"`
		Restricted bool          `json:"restricted"`
		Disabled   bool          `json:"disabled"`
		Access     []team.Access `json:"access"`
	}{u.Name, u.Role, u.Restricted, u.Disabled, u.Access})
	return b
}

func putAccess(ctx context.Context, tx *sql.Tx, u team.User) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM case_access WHERE user_name = ?`, u.Name); err != nil {
		return err
	}
	for _, a := range u.Access {
		if _, err := tx.ExecContext(ctx, `INSERT INTO case_access (user_name, case_id, can_edit) VALUES (?, ?, ?)
			ON CONFLICT (user_name, case_id) DO UPDATE SET can_edit = excluded.can_edit`, u.Name, a.Case, b2i(a.Edit)); err != nil {
			return err
		}
	}
	return nil
}

// UpdateUser implements team.Store.
func (db *DB) UpdateUser(ctx context.Context, u team.User, hash, by string) error {
	const op = "change user"
	if err := db.writable(op); err != nil {
		return err
	}
	if err := u.Check(); err != nil {
		return err
	}
	now := db.Now().UTC()
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET role = ?, restricted = ?, disabled = ?,
			password = CASE WHEN ? = '' THEN password ELSE ? END WHERE name = ?`,
			string(u.Role), b2i(u.Restricted), b2i(u.Disabled), hash, hash, u.Name)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return firstError(err, alliances.Errorf(alliances.NotFound, op, "no user %q; add one with alliances users add", u.Name))
		}
		if err := putAccess(ctx, tx, u); err != nil {
			return err
		}
		if u.Disabled {
			if _, err := tx.ExecContext(ctx, `UPDATE tokens SET revoked = 1 WHERE user_name = ?`, u.Name); err != nil {
				return err
			}
		}
		reason := "changed"
		if hash != "" {
			reason = "changed, with a new password"
		}
		return logTx(ctx, tx, team.Entry{At: now, User: by, Action: "user", Reason: reason, Detail: userDetail(u)})
	})
	return db.wrap(op, err)
}

// User implements team.Store.
func (db *DB) User(ctx context.Context, name string) (team.User, string, error) {
	const op = "user"
	var u team.User
	var hash string
	var created int64
	err := db.read.QueryRowContext(ctx, `SELECT name, role, password, restricted, disabled, created FROM users WHERE name = ?`, name).
		Scan(&u.Name, &u.Role, &hash, &u.Restricted, &u.Disabled, &created)
	if isNoRows(err) {
		return u, "", alliances.Errorf(alliances.NotFound, op, "no user %q", name)
	} else if err != nil {
		return u, "", db.wrap(op, err)
	}
	u.Created = time.Unix(0, created).UTC()
	u.Access, err = db.access(ctx, name)
	return u, hash, db.wrap(op, err)
}

func (db *DB) access(ctx context.Context, name string) ([]team.Access, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT case_id, can_edit FROM case_access WHERE user_name = ? ORDER BY case_id`, name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []team.Access{}
	for rows.Next() {
		var a team.Access
		if err := rows.Scan(&a.Case, &a.Edit); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Users implements team.Store.
func (db *DB) Users(ctx context.Context) ([]team.User, error) {
	const op = "users"
	rows, err := db.read.QueryContext(ctx, `SELECT name FROM users ORDER BY name`)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, db.wrap(op, err)
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, db.wrap(op, err)
	}
	out := []team.User{}
	for _, n := range names {
		u, _, err := db.User(ctx, n)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

// AddToken implements team.Store. Sessions are not written to the audit trail; API
// tokens are.
func (db *DB) AddToken(ctx context.Context, t team.Token, by string) error {
	const op = "add token"
	if err := db.writable(op); err != nil {
		return err
	}
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO tokens (hash, id, user_name, kind, label, csrf, created, expires, revoked)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`, t.Hash, t.ID, t.User, t.Kind, t.Label, t.CSRF, t.Created.UnixNano(), nanos(t.Expires))
		if err != nil || t.Kind == "session" {
			return err
		}
		return logTx(ctx, tx, team.Entry{At: t.Created, User: by, Action: "token", Reason: "created",
			Detail: json.RawMessage(fmt.Sprintf(`{"id":%q,"user":%q,"label":%q}`, t.ID, t.User, t.Label))})
	})
	return db.wrap(op, err)
}

// TokenByHash implements team.Store.
func (db *DB) TokenByHash(ctx context.Context, hash string, now time.Time) (team.Token, team.User, error) {
	const op = "sign-in"
	var t team.Token
	var created int64
	var expires sql.NullInt64
	err := db.read.QueryRowContext(ctx, `SELECT id, user_name, kind, label, csrf, created, expires FROM tokens
		WHERE hash = ? AND revoked = 0`, hash).Scan(&t.ID, &t.User, &t.Kind, &t.Label, &t.CSRF, &created, &expires)
	if isNoRows(err) {
		return t, team.User{}, alliances.Errorf(alliances.NotFound, op, "no such session or token (signed out, revoked, or never issued)")
	} else if err != nil {
		return t, team.User{}, db.wrap(op, err)
	}
	t.Hash, t.Created, t.Expires = hash, time.Unix(0, created).UTC(), fromNanos(expires)
	if !t.Expires.IsZero() && !now.Before(t.Expires) {
		return t, team.User{}, alliances.Errorf(alliances.NotFound, op, "the session expired at %s; sign in again", t.Expires.Format(time.RFC3339))
	}
	u, _, err := db.User(ctx, t.User)
	if err != nil {
		return t, u, err
	}
	if u.Disabled {
		return t, u, alliances.Errorf(alliances.NotFound, op, "user %s is disabled", u.Name)
	}
	return t, u, nil
}

// RevokeToken implements team.Store.
func (db *DB) RevokeToken(ctx context.Context, user, id, by string) error {
	const op = "revoke token"
	if err := db.writable(op); err != nil {
		return err
	}
	now := db.Now().UTC()
	err := db.inTx(ctx, db.write, func(tx *sql.Tx) error {
		q, args := `UPDATE tokens SET revoked = 1 WHERE user_name = ? AND id = ? AND revoked = 0`, []any{user, id}
		if id == "sessions" {
			q, args = `UPDATE tokens SET revoked = 1 WHERE user_name = ? AND kind = 'session' AND revoked = 0`, []any{user}
		}
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 && id != "sessions" {
			return alliances.Errorf(alliances.NotFound, op, "user %s has no live token %q (alliances users tokens %s lists them)", user, id, user)
		}
		if id != "sessions" || by != user {
			return logTx(ctx, tx, team.Entry{At: now, User: by, Action: "token", Reason: "revoked",
				Detail: json.RawMessage(fmt.Sprintf(`{"id":%q,"user":%q}`, id, user))})
		}
		return nil
	})
	return db.wrap(op, err)
}

// Tokens implements team.Store: a user's live API tokens and sessions.
func (db *DB) Tokens(ctx context.Context, user string) ([]team.Token, error) {
	const op = "tokens"
	rows, err := db.read.QueryContext(ctx, `SELECT id, user_name, kind, label, created, expires, revoked FROM tokens
		WHERE user_name = ? AND revoked = 0 ORDER BY created`, user)
	if err != nil {
		return nil, db.wrap(op, err)
	}
	defer rows.Close()
	out := []team.Token{}
	for rows.Next() {
		var t team.Token
		var created int64
		var expires sql.NullInt64
		if err := rows.Scan(&t.ID, &t.User, &t.Kind, &t.Label, &created, &expires, &t.Revoked); err != nil {
			return nil, db.wrap(op, err)
		}
		t.Created, t.Expires = time.Unix(0, created).UTC(), fromNanos(expires)
		out = append(out, t)
	}
	return out, db.wrap(op, rows.Err())
}
