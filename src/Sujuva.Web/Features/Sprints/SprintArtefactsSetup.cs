namespace Sujuva.Web.Features.Sprints;

/// <summary>The sprints' artefacts: the upload limit (section "Sprints"). Customer links use the feedback links' lifetime and rate limit.</summary>
public static class SprintArtefactsSetup
{
    public static IServiceCollection AddSprintArtefacts(this IServiceCollection services)
    {
        services.AddOptions<SprintFileOptions>().BindConfiguration("Sprints");
        return services;
    }
}
