package main

import (
	"flag"
	"math"
	"strings"
)

// splitArgs parts a command line into its flags, with their values, and its positional
// arguments, which may come before, between and after the flags. An argument that is a
// dash and a digit is a negative EDTF year or date ("-0001", 2 BC; "-0044-03-15"), never a
// flag, since no flag's name starts with a digit; but it is a flag's value when it
// follows a flag that takes one (--at -0001). After "--" every argument is positional.
func (f *flags) splitArgs(args []string) (flagArgs, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return flagArgs, append(positional, args[i+1:]...)
		case !strings.HasPrefix(a, "-") || a == "-" || negativeNumber(a):
			positional = append(positional, a)
		default:
			flagArgs = append(flagArgs, a)
			if f.takesValue(a) && i+1 < len(args) {
				i++
				flagArgs = append(flagArgs, args[i])
			}
		}
	}
	return flagArgs, positional
}

// negativeNumber reports whether a reads as a negative number or date: a dash, a digit.
func negativeNumber(a string) bool {
	return len(a) >= 2 && a[0] == '-' && a[1] >= '0' && a[1] <= '9'
}

// takesValue reports whether the flag argument a (-name or --name) is a defined flag
// that takes the next argument as its value: not a boolean, no "=value" of its own.
func (f *flags) takesValue(a string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	fl := f.Lookup(name)
	if fl == nil {
		return false
	}
	if b, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// finiteFloats refuses NaN and infinite values of the float flags set: they parse as
// floats, and a range check written as "x < lo || x > hi" lets NaN through.
func finiteFloats(fs *flag.FlagSet) error {
	var err error
	fs.Visit(func(fl *flag.Flag) {
		g, ok := fl.Value.(flag.Getter)
		if !ok || err != nil {
			return
		}
		if x, ok := g.Get().(float64); ok && (math.IsNaN(x) || math.IsInf(x, 0)) {
			err = usageError("--%s %s, expected a finite number", fl.Name, fl.Value)
		}
	})
	return err
}

// isSet reports whether the command line gave the flag, even as an empty value.
func (f *flags) isSet(name string) bool {
	set := false
	f.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	return set
}
