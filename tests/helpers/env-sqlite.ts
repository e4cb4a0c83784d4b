Object.assign(process.env, { TEST_DB: 'sqlite', NODE_ENV: 'test' })
