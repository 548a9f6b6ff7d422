using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.ClientPages;

public sealed class ClientLinkConfiguration : IEntityTypeConfiguration<ClientLink>
{
    public void Configure(EntityTypeBuilder<ClientLink> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.TokenHash).HasMaxLength(32);
        b.Property(l => l.ProtectedToken).HasMaxLength(1000);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.ClientId).IsUnique();
    }
}
