import DetenteCLI

await Detente.main()
