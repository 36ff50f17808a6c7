package team

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/alliances-project/alliances"
	"golang.org/x/crypto/argon2"
)

// The cost of hashing a password with argon2id: 19 MiB of memory, two passes, one
// thread, the lowest cost OWASP's Password Storage Cheat Sheet advises. A sign-in
// costs some tens of milliseconds; every request after it is checked by its session
// token, a plain hash away.
const (
	argonMemory  = 19 * 1024 // KiB
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword hashes a password with argon2id and a random salt, in the PHC string
// format that other tools read: $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH.
func HashPassword(password string) string {
	salt := make([]byte, 16)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key))
}

// CheckPassword reports whether password matches a hash HashPassword wrote, in constant
// time. A hash of another form never matches.
func CheckPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var version int
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || m > 1<<21 || t == 0 || t > 16 || p == 0 {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err := enc.DecodeString(parts[4])
	if err != nil {
		return false
	}
	want, err := enc.DecodeString(parts[5])
	if err != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// NewSecret returns a random token of 256 bits, as URL-safe text.
func NewSecret() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// HashToken returns what the store keeps of a token: its SHA-256, in hex. A token has
// 256 random bits, so a fast hash is enough to keep a stolen database from yielding
// live tokens.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// NewID returns a random id of 96 bits, as hex: ids of proposals, audit entries and
// tokens, random so that a distributed database spreads their writes.
func NewID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// IssueToken makes a new API token for a user's account, labelled as given, and records
// its hash in the store as by's act: the secret is returned once, and kept nowhere.
// Invalid when the account is disabled; NotFound when there is none.
func IssueToken(ctx context.Context, s Store, user, label, by string, now time.Time) (secret string, tok Token, err error) {
	u, _, err := s.User(ctx, user)
	if err != nil {
		return "", Token{}, err
	}
	if u.Disabled {
		return "", Token{}, alliances.Errorf(alliances.Invalid, "users token", "user %s is disabled; enable it first (alliances users set %s --enable)", u.Name, u.Name)
	}
	secret = NewSecret()
	tok = Token{Hash: HashToken(secret), ID: NewID()[:8], User: u.Name, Kind: "api", Label: label, Created: now.UTC()}
	if err := s.AddToken(ctx, tok, by); err != nil {
		return "", Token{}, err
	}
	return secret, tok, nil
}
