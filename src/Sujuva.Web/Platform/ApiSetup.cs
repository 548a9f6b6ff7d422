using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Platform;

public static class ApiSetup
{
    /// <summary>Problem details for every error, strict JSON (required and non-null fields enforced), OpenAPI.</summary>
    public static IServiceCollection AddSujuvaApi(this IServiceCollection services)
    {
        services.AddSingleton<IProblemDetailsWriter, BrowserProblemPage>();  // before the default JSON writer
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityScheme>();
            o.AddSchemaTransformer<TextSchemaTransformer>();
        });
        return services;
    }
}
