import type { DataSource } from 'typeorm';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';
import { UserEntity, type UserRole } from '../entities/user.entity';

export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findUser(username: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ username });
  }

  usersWithRole(role: UserRole, jurisdiction: string): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ role, jurisdiction });
  }

  findJurisdiction(code: string): Promise<JurisdictionEntity | null> {
    return this.dataSource.getRepository(JurisdictionEntity).findOneBy({ code });
  }

  async allJurisdictions(): Promise<JurisdictionEntity[]> {
    return this.dataSource.getRepository(JurisdictionEntity).find({ order: { code: 'ASC' } });
  }
}
