import DetenteCLI

DetenteCommand.main()
