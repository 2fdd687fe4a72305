package main

func runVersion(e *env, args []string) int { return exitOK }
