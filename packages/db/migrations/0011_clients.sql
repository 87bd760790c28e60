-- Clients: one record per enterprise (KBO) per tenant, like one per INSZ (API.md 409 client.duplicate).
CREATE UNIQUE INDEX clients_kbo_uq ON clients (tenant_id, enterprise_number) WHERE enterprise_number IS NOT NULL;
-- Client lists filter on type and neighbourhood and page by client number.
CREATE INDEX clients_type_idx ON clients (tenant_id, type, client_number);
CREATE INDEX clients_neighbourhood_idx ON clients (tenant_id, neighbourhood_id, client_number);
