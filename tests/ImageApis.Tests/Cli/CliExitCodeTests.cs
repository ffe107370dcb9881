using ImageApis.Tests.Support;
using System.Text.Json.Nodes;

namespace ImageApis.Tests.Cli;

/// <summary>Every exit code of the command line, for every provider: 2 invalid (nothing sent), 3 provider error, 4 network or timeout, 130 cancelled.</summary>
public sealed class CliExitCodeTests(WireMockFixture wireMock)
{
    /// <summary>provider, model, a --param the model does not allow, text the message must hold (the allowed values).</summary>
    public static TheoryData<string, string, string, string> Disallowed => new()
    {
        { "airforce", "flux-2-dev", "aspect_ratio=5:4", "Allowed: 1:1, 16:9, 9:16, 4:3, 3:4, 21:9, 9:21" },
        { "acedata", "flux-dev", "size=512x512", "of the form 1024x1024, 1024x1792, 1792x1024 or an aspect ratio" },
        { "acedata", "flux-dev", "action=upscale", "Allowed: generate, edit." },
        { "opengpu", "google/gemini-3-pro-T2I", "aspect_ratio=5:7", "Allowed: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9" },
        { "wonda", "nano-banana-2", "aspectRatio=7:3", "Allowed: 9:16, 16:9, 1:1, 4:5, 4:3, 3:4, 3:2, 2:3, 21:9, 8:1, 1:8, 4:1, 1:4, auto" },
    };

    /// <summary>As <see cref="Disallowed"/>, for generate: Api.Airforce then checks the live capabilities (the stubs' /v1/models), which allow fewer ratios than its spec.</summary>
    public static TheoryData<string, string, string, string> DisallowedLive
    {
        get
        {
            var data = new TheoryData<string, string, string, string> { { "airforce", "flux-2-dev", "aspect_ratio=4:3", "Allowed: 1:1, 16:9, 9:16." } };
            foreach (var row in Disallowed.Skip(1))
            {
                data.Add(row);
            }

            return data;
        }
    }

    public static TheoryData<string, string> DefaultModels => new()
    {
        { "airforce", "flux-2-dev" },
        { "acedata", "flux-dev" },
        { "opengpu", "black-forest-labs/FLUX-2-pro" },
        { "wonda", "nano-banana-2" },
    };

    [Theory]
    [MemberData(nameof(Disallowed))]
    public async Task Validate_with_a_value_the_model_does_not_allow_exits_2_and_names_the_allowed_values(string provider, string model, string pair, string allowed)
    {
        using var cli = new CliRun(wireMock, provider);
        var prompt = "validate " + Guid.NewGuid().ToString("N");

        var code = await cli.RunAsync(["validate", "--provider", provider, "--model", model, "--prompt", prompt, "--param", pair, "--base-url", wireMock.BaseUrl.AbsoluteUri]);

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains("nothing was sent", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"'{pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]}'", cli.Error, StringComparison.Ordinal);
        Assert.Contains(model, cli.Error, StringComparison.Ordinal);
        Assert.Contains(allowed, cli.Error, StringComparison.Ordinal);
        Assert.Empty(await PostsWithPromptAsync(prompt));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("generate")]
    public async Task An_AceData_edit_without_an_image_url_is_refused_by_the_spec_rule_not_sent_as_a_generate(string command)
    {
        using var cli = new CliRun(wireMock, "acedata");
        var prompt = "edit " + Guid.NewGuid().ToString("N");

        var code = await cli.AgainstStubsAsync(command, "--provider", "acedata", "--model", "flux-dev", "--prompt", prompt, "--param", "action=edit");

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains("image_url is required for model 'flux-dev'", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await PostsWithPromptAsync(prompt));
    }

    [Theory]
    [MemberData(nameof(DefaultModels))]
    public async Task Validate_with_a_request_the_model_takes_exits_0_and_sends_nothing(string provider, string model)
    {
        using var cli = new CliRun(wireMock, provider);
        var prompt = "validate " + Guid.NewGuid().ToString("N");

        var code = await cli.RunAsync(["validate", "--provider", provider, "--model", model, "--prompt", prompt, "--base-url", wireMock.BaseUrl.AbsoluteUri]);

        Assert.True(code == 0, cli.Transcript);
        Assert.StartsWith("valid:", cli.Out, StringComparison.Ordinal);
        Assert.Empty(await PostsWithPromptAsync(prompt));
    }

    [Theory]
    [MemberData(nameof(DisallowedLive))]
    public async Task Generate_with_a_value_the_model_does_not_allow_exits_2_before_sending(string provider, string model, string pair, string allowed)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.AgainstStubsAsync("generate", "--provider", provider, "--model", model, "--prompt", "never sent", "--param", pair);

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains($"'{pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]}'", cli.Error, StringComparison.Ordinal);
        Assert.Contains(allowed, cli.Error, StringComparison.Ordinal);
        Assert.Empty(await cli.SentAsync("POST"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(cli.Folder));
    }

    [Theory]
    [MemberData(nameof(Disallowed))]
    public async Task Generate_in_the_sandbox_with_a_value_the_model_does_not_allow_exits_2_before_anything_reaches_the_sandbox(string provider, string model, string pair, string allowed)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.RunAsync(["generate", "--provider", provider, "--model", model, "--prompt", "never sent", "--param", pair]);

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains(allowed, cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox:", cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(cli.Folder));
    }

    [Theory]
    [InlineData("generate", "--provider", "midjourney", "--model", "v7")]
    [InlineData("generate", "--provider", "airforce")]
    [InlineData("generate", "--provider", "airforce", "--model", "flux-2-dev", "--param", "aspect_ratio")]
    [InlineData("generate", "--provider", "airforce", "--model", "flux-2-dev", "--count", "0")]
    [InlineData("generate", "--provider", "opengpu", "--model", "black-forest-labs/FLUX-2-pro", "--param", "width=wide")]
    [InlineData("generate", "--provider", "wonda", "--model", "nano-banana-2", "--input-image", "no-such-file.png")]
    [InlineData("generate", "--provider", "acedata", "--model", "flux-dev", "--base-url", "ftp://example.com")]
    public async Task A_command_line_it_cannot_use_exits_2_and_says_why(params string[] args)
    {
        using var cli = new CliRun(wireMock, "airforce");

        var code = await cli.RunAsync([.. args, "--api-key", cli.ApiKey]);

        Assert.True(code == 2, cli.Transcript);
        Assert.StartsWith("error: ", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aspectratio")]
    [InlineData("aspect-ratio")]
    [InlineData("aspectRatio")]
    public async Task A_parameter_a_typo_away_from_a_known_one_is_refused_with_the_one_meant(string typo)
    {
        using var cli = new CliRun(wireMock, "airforce");

        var code = await cli.RunAsync(["validate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", "an otter", "--param", typo + "=16:9"]);

        Assert.True(code == 2, cli.Transcript);
        Assert.Contains($"{typo} is not a parameter of model 'flux-2-dev'", cli.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean aspect_ratio?", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parameter_far_from_every_known_one_is_forwarded_with_a_warning()
    {
        using var cli = new CliRun(wireMock, "airforce");

        var code = await cli.AgainstStubsAsync("generate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", "an otter", "--param", "brand_new_knob=7");

        Assert.True(code == 0, cli.Transcript);
        Assert.Contains("brand_new_knob is not in the spec for model 'flux-2-dev'", cli.Error, StringComparison.Ordinal);
        var sent = Assert.Single(await cli.SentAsync("POST"));
        Assert.Equal(7, (int?)sent.BodyAsJson()!["brand_new_knob"]);
    }

    [Theory]
    [InlineData("generate", "--count", "abc")]
    [InlineData("generate", "--timeout", "abc")]
    [InlineData("validate", "--count", "1.5")]
    [InlineData("validate", "--timeout", "-3")]
    [InlineData("models", "--timeout", "soon")]
    public async Task A_number_option_with_a_value_that_is_not_a_whole_number_exits_2_with_one_line_naming_it(string command, string option, string value)
    {
        using var cli = new CliRun(wireMock, "airforce");
        string[] model = command == "models" ? [] : ["--model", "flux-2-dev", "--prompt", "an otter"];

        var code = await cli.RunAsync([command, "--provider", "airforce", .. model, option, value]);

        Assert.True(code == 2, cli.Transcript);
        var first = cli.Error.Split('\n')[0];
        Assert.StartsWith("error: " + option, first, StringComparison.Ordinal);
        Assert.Contains(value, first, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "--api-key is empty")]
    [InlineData("   ", "--api-key is empty")]
    [InlineData(" sk-air-pasted-with-a-space", "--api-key has spaces or line breaks at its start or end")]
    [InlineData("sk-air-pasted-with-a-newline\n", "--api-key has spaces or line breaks at its start or end")]
    public async Task An_empty_or_padded_api_key_exits_2_instead_of_falling_back_to_the_sandbox(string key, string expected)
    {
        using var cli = new CliRun(wireMock, "airforce");
        key = key.Replace("\\n", "\n", StringComparison.Ordinal);

        var code = await cli.RunAsync(["generate", "--provider", "airforce", "--model", "flux-2-dev", "--prompt", "an otter", "--api-key", key]);

        Assert.True(code == 2, cli.Transcript);
        Assert.StartsWith("error: " + expected, cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox:", cli.Error, StringComparison.Ordinal);
        if (key.Trim().Length > 0)
        {
            Assert.DoesNotContain(key.Trim(), cli.Transcript, StringComparison.Ordinal);
        }
    }

    /// <summary>provider, key, extra arguments that make the stubs answer with a documented error, its code.</summary>
    public static TheoryData<string, string, string[], string> ProviderErrors => new()
    {
        { "airforce", "sk-air-invalid", ["--model", "flux-2-dev", "--prompt", "an otter"], "invalid_api_key" },
        { "acedata", "acedata-cli", ["--model", "flux-dev", "--prompt", "error:used_up"], "used_up" },
        { "opengpu", "relay_sk_invalid", ["--model", "black-forest-labs/FLUX-2-pro", "--prompt", "an apple"], "INVALID_API_KEY" },
        { "wonda", CliRun.NewKey("wonda"), ["--model", "error-forbidden", "--prompt", "a mug"], "forbidden" },
    };

    [Theory]
    [MemberData(nameof(ProviderErrors))]
    public async Task A_provider_error_exits_3_with_its_status_code_and_request_id(string provider, string key, string[] args, string errorCode)
    {
        using var cli = new CliRun(wireMock, provider, key);

        var code = await cli.AgainstStubsAsync(["generate", "--provider", provider, .. args]);

        Assert.True(code == 3, cli.Transcript);
        Assert.Contains($"({errorCode})", cli.Error, StringComparison.Ordinal);
        Assert.Contains("request id", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DefaultModels))]
    public async Task A_refused_connection_exits_4(string provider, string model)
    {
        using var cli = new CliRun(wireMock, provider);

        var code = await cli.RunAsync(["generate", "--provider", provider, "--model", model, "--prompt", "nobody home", "--base-url", "http://127.0.0.1:1/", "--api-key", cli.ApiKey]);

        Assert.True(code == 4, cli.Transcript);
        Assert.Contains("network failure", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_outlasts_the_timeout_exits_4()
    {
        using var cli = new CliRun(wireMock, "wonda");

        var code = await cli.AgainstStubsAsync("generate", "--provider", "wonda", "--model", "nano-banana-2", "--prompt", "a mug [stuck]", "--timeout", "4");

        Assert.True(code == 4, cli.Transcript);
        Assert.Contains("timed out", cli.Error, StringComparison.Ordinal);
        Assert.Contains("ij_stuck: in_progress", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_polling_and_exits_130()
    {
        using var cli = new CliRun(wireMock, "wonda");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromSeconds(1.5));

        string[] args = ["generate", "--provider", "wonda", "--model", "nano-banana-2", "--prompt", "a mug [stuck]", "--base-url", wireMock.BaseUrl.AbsoluteUri, "--api-key", cli.ApiKey];
        var code = await cli.RunAsync(args, cancellation.Token);

        Assert.True(code == 130, cli.Transcript);
        Assert.Contains("cancelled", cli.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Out);
    }

    private Task<IReadOnlyList<LoggedRequest>> PostsWithPromptAsync(string prompt)
        => Task.FromResult(wireMock.Requests(request => request.UsingPost().WithBody("*" + prompt + "*")));
}
