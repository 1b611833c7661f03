return await Assistant.Cli.CliApplication.RunAsync(args);
