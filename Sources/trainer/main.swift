import Foundation
import TrainerCLI

exit(TrainerApp.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
