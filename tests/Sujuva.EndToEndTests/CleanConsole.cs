using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.v3;

[assembly: Sujuva.EndToEndTests.CleanConsole]

namespace Sujuva.EndToEndTests;

/// <summary>
/// What the browser's console said was an error while a test ran (a script error, a refused content
/// security policy, a failed load): every page a test opens through <see cref="AppFixture.NewPageAsync"/>
/// reports here, and the test fails after its last step if any did.
/// </summary>
public static class ConsoleErrors
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> ByTest = new();

    public static void Watch(IPage page)
    {
        var test = TestContext.Current.Test?.UniqueID ?? "";
        var errors = ByTest.GetOrAdd(test, _ => new());
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Enqueue($"{message.Location}: {message.Text}");
        };
        page.PageError += (_, error) => errors.Enqueue($"{page.Url}: uncaught {error}");
    }

    public static IReadOnlyList<string> TakeFor(string test) =>
        ByTest.TryRemove(test, out var errors) ? [.. errors] : [];
}

/// <summary>Fails a browser test whose pages logged a console error (assembly-wide, so no test can forget it).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class CleanConsoleAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        var errors = ConsoleErrors.TakeFor(test.UniqueID);
        if (errors.Count > 0)
            throw new Xunit.Sdk.XunitException($"The browser console logged {errors.Count} error(s):\n" + string.Join("\n", errors));
    }
}
