//go:build !linux

package main

// softMemoryLimit leaves the garbage collector's limit as GOMEMLIMIT sets it: the
// machine's memory is read on Linux only.
func softMemoryLimit() {}
