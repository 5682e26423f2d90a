using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BrandChangedById : Migration
    {
        /// <summary>
        /// Who changed the brand was stored as the editor's display name ("demo" for the demo seed); the app
        /// records the user id everywhere, so the column becomes the id. SQLite keeps the TEXT type, so only the
        /// name changes; the values are mapped in SQL.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ChangedBy",
                table: "Brand",
                newName: "ChangedById");

            // The user whose sign-in name or e-mail it was, else the one user with that display name; a name
            // no user (or more than one) has, and the demo seed's "demo", become the system: an empty id,
            // shown as "System".
            migrationBuilder.Sql("""
                UPDATE "Brand"
                SET "ChangedById" = COALESCE(
                    (SELECT u."Id" FROM "AspNetUsers" AS u
                     WHERE u."UserName" = "Brand"."ChangedById"
                        OR u."NormalizedUserName" = UPPER("Brand"."ChangedById")
                        OR u."NormalizedEmail" = UPPER("Brand"."ChangedById")
                     ORDER BY u."UserName" = "Brand"."ChangedById" DESC
                     LIMIT 1),
                    (SELECT MIN(u."Id") FROM "AspNetUsers" AS u
                     WHERE u."DisplayName" = "Brand"."ChangedById"
                     HAVING COUNT(*) = 1),
                    '');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Brand"
                SET "ChangedById" = CASE WHEN "ChangedById" = '' THEN 'demo'
                    ELSE COALESCE((SELECT u."DisplayName" FROM "AspNetUsers" AS u WHERE u."Id" = "Brand"."ChangedById"), "ChangedById") END;
                """);

            migrationBuilder.RenameColumn(
                name: "ChangedById",
                table: "Brand",
                newName: "ChangedBy");
        }
    }
}
