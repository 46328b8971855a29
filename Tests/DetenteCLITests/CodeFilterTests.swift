import Testing
@testable import DetenteCLI

