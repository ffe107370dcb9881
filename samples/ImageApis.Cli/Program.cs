// imageapis: generate images, list models and validate requests on the ImageApis providers.
//   imageapis generate --provider airforce --model flux-2-dev --prompt "A sea otter" --param aspect_ratio=16:9
// Ctrl+C cancels the request and any polling (exit code 130).
return await ImageApis.Cli.CliApp.RunAsync(args, ImageApis.Cli.CliEnvironment.FromConsole());
