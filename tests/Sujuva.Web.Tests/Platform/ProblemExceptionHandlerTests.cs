using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Tests.Platform;

public sealed class ProblemExceptionHandlerTests
{
    private static async Task<(int Status, string Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            NullLogger<ProblemExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(http, exception, TestContext.Current.CancellationToken));
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TryHandle_UnexpectedException_Is500WithoutInternals()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("secret connection string Password=hunter2");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var (status, body) = await HandleAsync(thrown);

        Assert.Equal(500, status);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandle_BodyWithWrongType_Is400NamingTheField()
    {
        var json = new JsonException("The JSON value could not be converted to System.Guid. Path: $.stageId", "$.stageId", 0, 12);

        var (status, body) = await HandleAsync(new BadHttpRequestException("Bad body", json));

        Assert.Equal(400, status);
        Assert.Contains("\"stageId\"", body, StringComparison.Ordinal);
    }
}
