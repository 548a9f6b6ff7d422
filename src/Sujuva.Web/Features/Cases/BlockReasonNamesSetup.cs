namespace Sujuva.Web.Features.Cases;

public static class BlockReasonNamesSetup
{
    /// <summary>The block reasons' names, held once for the app (<see cref="BlockReasonNames"/>).</summary>
    public static IServiceCollection AddBlockReasonNames(this IServiceCollection services) =>
        services.AddSingleton<BlockReasonNames>();
}
