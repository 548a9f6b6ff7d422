using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.Clients;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.Property(c => c.Pseudonym).HasMaxLength(20);
        b.HasIndex(c => c.Pseudonym).IsUnique();
    }
}

public sealed class ClientPersonalDataConfiguration : IEntityTypeConfiguration<ClientPersonalData>
{
    public void Configure(EntityTypeBuilder<ClientPersonalData> b)
    {
        b.HasKey(p => p.ClientId);
        b.HasOne<Client>().WithOne().HasForeignKey<ClientPersonalData>(p => p.ClientId);
        b.Property(p => p.FirstName).HasMaxLength(100);
        b.Property(p => p.LastName).HasMaxLength(100);
        b.Property(p => p.IdentityCode).HasMaxLength(20);
        b.Property(p => p.Municipality).HasMaxLength(100);
        b.Property(p => p.Phone).HasMaxLength(40);
        b.Property(p => p.Email).HasMaxLength(200);
        b.Property(p => p.Language).HasMaxLength(10);
        // The duplicate check on registration looks a client up by the code (ClientDuplicates).
        // One client per identity code (RegisterClient answers 409); clients without a code are not compared.
        b.HasIndex(p => p.IdentityCode).IsUnique();
    }
}
